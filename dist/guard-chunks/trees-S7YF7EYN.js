var import_chunk_YY4NUUTB = require("./chunk-YY4NUUTB.js");
var import_chunk_ZHFJQ6OZ = require("./chunk-ZHFJQ6OZ.js");
var import_chunk_LZ4MTPTA = require("./chunk-LZ4MTPTA.js");
var import_chunk_ND5RE3YD = require("./chunk-ND5RE3YD.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
(0, import_chunk_ZHFJQ6OZ.registerAutomata)({ Automata: import_chunk_YY4NUUTB.Automata, ALL_PATHS: import_chunk_YY4NUUTB.ALL_PATHS });
