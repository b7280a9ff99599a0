# Writes terrain_zones.geojson: estimated outlines of the inner Niger delta and the Adrar des Ifoghas.
# Usage: python3 mkterrain.py > ../terrain_zones.geojson
import json
Z = {
 "inner_niger_delta": [(-5.6,14.0),(-4.8,13.7),(-4.2,14.2),(-3.8,14.9),(-3.6,15.5),(-3.0,16.2),(-2.8,16.9),(-3.6,16.8),(-4.2,16.2),(-4.9,15.6),(-5.4,14.8)],
 "adrar_des_ifoghas": [(0.8,18.0),(1.9,17.9),(2.8,18.6),(2.9,19.6),(2.2,20.5),(1.2,20.8),(0.7,19.8),(0.6,18.8)],
}
feats=[{"type":"Feature","properties":{"terrain":k},"geometry":{"type":"Polygon","coordinates":[[list(p) for p in v]+[list(v[0])]]}} for k,v in Z.items()]
s=json.dumps({"type":"FeatureCollection","features":feats},separators=(",",":"))
print(s.replace('{"type":"Feature"','\n{"type":"Feature"'))
