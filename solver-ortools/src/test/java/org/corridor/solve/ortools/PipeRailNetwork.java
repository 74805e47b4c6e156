package org.corridor.solve.ortools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The small network that period claims and sampled years are tested on, written as data set files:
 * <pre>
 *                PIPE 30 (cost 10)                 SEA 100 (cost 5)
 *   FIELD(KZ) ─────────────────────▶ PORT(RU) ──────────────────────▶ WORLD(XW) 500, takes 1000
 *   supply 10   └─ RAIL 4 (cost 10) ─▶ CN_MKT(CN) 600, takes 4
 * </pre>
 * China pays more, so RAIL runs full at 4 and PIPE carries the other 6. Each test adds its own scenario,
 * policies, claims or risks.
 */
final class PipeRailNetwork {
  private static final String EST = "estimate: test fixture";

  private PipeRailNetwork() {}

  static void writeTo(Path dir) throws IOException {
    writeTo(dir, 4, 4);
  }

  /** The same network with another RAIL capacity and Chinese demand (Mt/yr). */
  static void writeTo(Path dir, int railCapacity, int chinaDemand) throws IOException {
    write(dir, "sources.csv", "id,title,publisher,date,address,note\nfixture,Fixture,Test,2024-01-01,https://example.org/,\n");
    write(dir, "countries.csv", "code,name,kind,sources\nKZ,Kazakhstan,state,fixture\nRU,Russia,state,fixture\n"
        + "CN,China,state,fixture\nXW,World,region,fixture\n");
    write(dir, "commodities.csv", "id,name,unit,value,sources\ncrude,Crude oil,Mt,550," + EST + "\n");
    write(dir, "nodes.csv", "id,name,country,kind,lat,lon,capacity,capacity_unit,aggregate,sources\n"
        + "FIELD,Field,KZ,field,46,53,,,," + EST + "\nPORT,Port,RU,port,44,37,,,," + EST + "\n"
        + "WORLD,World,XW,market,40,20,,,," + EST + "\nCN_MKT,China,CN,market,44,84,,,," + EST + "\n");
    String head = "id,name,from,to,mode,commodities,capacity,capacity_unit,sharing,direction,cost,tariff,tariff_country,"
        + "status,operator,valid_from,valid_to,via,corridor,sources\n";
    write(dir, "links.csv", head
        + "PIPE,Pipe,FIELD,PORT,pipeline,crude,30,Mt,,forward,10,0,,operating,,,,,PIPE," + EST + "\n"
        + "SEA,Sea,PORT,WORLD,sea,crude,100,Mt,,forward,5,0,,operating,,,,,," + EST + "\n"
        + "RAIL,Rail,FIELD,CN_MKT,rail,crude," + railCapacity + ",Mt,,forward,10,0,,operating,,,,,RAIL," + EST + "\n");
    write(dir, "supply.csv", "node,commodity,quantity,cost,sources\nFIELD,crude,10,100," + EST + "\n");
    write(dir, "demand.csv", "node,commodity,quantity,price,sources\nWORLD,crude,1000,500," + EST + "\n"
        + "CN_MKT,crude," + chinaDemand + ",600," + EST + "\n");
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
