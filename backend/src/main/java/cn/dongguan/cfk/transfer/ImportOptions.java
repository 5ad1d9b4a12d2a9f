package cn.dongguan.cfk.transfer;

/** What the user chose for an import beside the file: the CSV encoding, the coordinates' CRS (null: detect, EPSG:4326). */
record ImportOptions(String encoding, String crs) {}
