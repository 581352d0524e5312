var import_chunk_7OLJELDQ = require("./chunk-7OLJELDQ.js");
var import_chunk_ZHFJQ6OZ = require("./chunk-ZHFJQ6OZ.js");
var import_chunk_CXHNORQ2 = require("./chunk-CXHNORQ2.js");
var import_chunk_ND5RE3YD = require("./chunk-ND5RE3YD.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
(0, import_chunk_ZHFJQ6OZ.registerAutomata)({ Automata: import_chunk_7OLJELDQ.Automata, ALL_PATHS: import_chunk_7OLJELDQ.ALL_PATHS });
