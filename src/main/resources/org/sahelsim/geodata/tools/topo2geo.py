# Usage: python3 topo2geo.py countries-50m.json > ../countries.geojson
# (countries-50m.json is in the world-atlas package, v2.0.2, on the npm registry: Natural Earth 4.1.0 as TopoJSON)
# Decode selected countries from a world-atlas TopoJSON file into compact GeoJSON.
import json, sys
topo = json.load(open(sys.argv[1]))
ids = {"466":"mali","012":"algeria","562":"niger","854":"burkina_faso","384":"cote_divoire","324":"guinea","686":"senegal","478":"mauritania"}
names = {"mali":"Mali","algeria":"Algeria","niger":"Niger","burkina_faso":"Burkina Faso","cote_divoire":"Côte d'Ivoire","guinea":"Guinea","senegal":"Senegal","mauritania":"Mauritania"}
tr = topo.get("transform")
arcs = []
for arc in topo["arcs"]:
    x = y = 0; pts = []
    for p in arc:
        if tr:
            x += p[0]; y += p[1]
            pts.append([x*tr["scale"][0]+tr["translate"][0], y*tr["scale"][1]+tr["translate"][1]])
        else:
            pts.append(p)
    arcs.append(pts)
def ring(idx):
    out = []
    for i in idx:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(a if not out else a[1:])
    return [[round(x,4), round(y,4)] for x,y in out]
feats = []
for g in topo["objects"]["countries"]["geometries"]:
    if g.get("id") not in ids: continue
    polys = [g["arcs"]] if g["type"]=="Polygon" else g["arcs"]
    coords = [[ring(r) for r in poly] for poly in polys]
    key = ids[g["id"]]
    feats.append({"type":"Feature","properties":{"id":key,"name":names[key],"iso_n3":g["id"]},
                  "geometry":{"type":"MultiPolygon","coordinates":coords}})
feats.sort(key=lambda f: f["properties"]["id"])
print(json.dumps({"type":"FeatureCollection","features":feats}, ensure_ascii=False, separators=(",",":")))
