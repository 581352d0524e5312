var import_chunk_JMA3KFS6 = require("./chunk-JMA3KFS6.js");
var import_chunk_ZHFJQ6OZ = require("./chunk-ZHFJQ6OZ.js");
var import_chunk_RGFKK7OV = require("./chunk-RGFKK7OV.js");
var import_chunk_O5F4X52Q = require("./chunk-O5F4X52Q.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
(0, import_chunk_ZHFJQ6OZ.registerAutomata)({ Automata: import_chunk_JMA3KFS6.Automata, ALL_PATHS: import_chunk_JMA3KFS6.ALL_PATHS });
