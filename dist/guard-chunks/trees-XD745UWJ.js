var import_chunk_TUDBNUDB = require("./chunk-TUDBNUDB.js");
var import_chunk_ZHFJQ6OZ = require("./chunk-ZHFJQ6OZ.js");
var import_chunk_DDQGCFWC = require("./chunk-DDQGCFWC.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
(0, import_chunk_ZHFJQ6OZ.registerAutomata)({ Automata: import_chunk_TUDBNUDB.Automata, ALL_PATHS: import_chunk_TUDBNUDB.ALL_PATHS });
