var import_chunk_B2ZZCLIW = require("./chunk-B2ZZCLIW.js");
var import_chunk_ZHFJQ6OZ = require("./chunk-ZHFJQ6OZ.js");
var import_chunk_KP7J3QMM = require("./chunk-KP7J3QMM.js");
var import_chunk_2CSPOQSB = require("./chunk-2CSPOQSB.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
(0, import_chunk_ZHFJQ6OZ.registerAutomata)({ Automata: import_chunk_B2ZZCLIW.Automata, ALL_PATHS: import_chunk_B2ZZCLIW.ALL_PATHS });
