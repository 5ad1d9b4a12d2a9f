package cn.dongguan.cfk.transfer;

/** What the user chose for an import beside the file: the text encoding, the coordinates' CRS (null: the file's, else EPSG:4326); and its layer. */
record ImportOptions(String encoding, String crs, TransferLayer layer) {}
