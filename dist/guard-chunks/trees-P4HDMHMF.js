var import_chunk_EGBSAHPS = require("./chunk-EGBSAHPS.js");
var import_chunk_ZHFJQ6OZ = require("./chunk-ZHFJQ6OZ.js");
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
var import_chunk_2CSPOQSB = require("./chunk-2CSPOQSB.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
(0, import_chunk_ZHFJQ6OZ.registerAutomata)({ Automata: import_chunk_EGBSAHPS.Automata, ALL_PATHS: import_chunk_EGBSAHPS.ALL_PATHS });
