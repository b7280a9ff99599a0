package org.sahelsim.cli;

/**
 * A small synthetic event export in ACLED's CSV layout (its column names and order, invented
 * events): violent events in Bamako, Mopti and Gao during the short test scenario, and rows the
 * back-test must leave out (a protest, an event in Burkina Faso, one before the scenario starts),
 * with ACLED's two date styles and a quoted note holding commas, quotes and a line break.
 */
final class AcledFile {
    /** Fatalities of the violent events in Mali within the period. */
    static final double FATALITIES_COUNTED = 4 + 2 + 0 + 7 + 1 + 3;

    static final String TEXT = """
            event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
            MLI0001,2021-07-05,2021,1,Political violence,Battles,Armed clash,Military Forces of Mali (2021-),,1,JNIM: Group for Support of Islam and Muslims,,2,12,,466,Western Africa,Mali,Mopti,Mopti,Mopti,Mopti,14.4843,-4.1827,1,Test,National,"A clash near Mopti, invented for a test",4,,1700000000
            MLI0002,12 July 2021,2021,1,Political violence,Violence against civilians,Attack,Unidentified Armed Group (Mali),,3,Civilians (Mali),,7,37,Civilian targeting,466,Western Africa,Mali,Mopti,Mopti,Mopti,Sevare,14.52,-4.09,1,Test,Local partner-National,"Invented; ""quoted"", with commas,
            and a line break",2,,1700000000
            MLI0003,2021-08-16,2021,1,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,JNIM: Group for Support of Islam and Muslims,,2,Military Forces of Mali (2021-),,1,12,,466,Western Africa,Mali,Mopti,Bandiagara,Bandiagara,Bandiagara,14.35,-3.61,1,Test,National,Invented,0,,1700000000
            MLI0004,2021-09-20,2021,1,Political violence,Battles,Armed clash,Islamic State (Sahel),,2,Military Forces of Mali (2021-),,1,12,,466,Western Africa,Mali,Gao,Ansongo,Ansongo,Ansongo,15.6597,0.5022,1,Test,National,Invented,7,,1700000000
            MLI0005,2021-10-04,2021,1,Political violence,Violence against civilians,Attack,Unidentified Armed Group (Mali),,3,Civilians (Mali),,7,37,Civilian targeting,466,Western Africa,Mali,Bamako,Bamako,Bamako,Bamako,12.62,-7.95,1,Test,National,Invented,1,,1700000000
            MLI0006,2021-11-22,2021,1,Political violence,Battles,Armed clash,Military Forces of Mali (2021-),,1,JNIM: Group for Support of Islam and Muslims,,2,12,,466,Western Africa,Mali,Gao,Gao,Gao,Gao,16.2717,-0.0447,1,Test,National,Invented,3,,1700000000
            MLI0007,2021-08-02,2021,1,Demonstrations,Protests,Peaceful protest,Protesters (Mali),,6,,,0,60,,466,Western Africa,Mali,Bamako,Bamako,Bamako,Bamako,12.6392,-8.0029,1,Test,National,Invented protest,0,,1700000000
            BFO0001,2021-08-02,2021,1,Political violence,Battles,Armed clash,JNIM,,2,Military Forces of Burkina Faso,,1,12,,854,Western Africa,Burkina Faso,Sahel,Soum,Djibo,Djibo,14.1,-1.63,1,Test,National,Invented,5,,1700000000
            MLI0008,2021-05-10,2021,1,Political violence,Battles,Armed clash,Military Forces of Mali (2021-),,1,JNIM,,2,12,,466,Western Africa,Mali,Mopti,Mopti,Mopti,Mopti,14.4843,-4.1827,1,Test,National,Before the scenario,9,,1700000000
            """;

    private AcledFile() {
    }
}
