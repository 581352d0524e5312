var import_chunk_7MQZHR2N = require("./chunk-7MQZHR2N.js");
var import_chunk_ZHFJQ6OZ = require("./chunk-ZHFJQ6OZ.js");
var import_chunk_U2NM65DO = require("./chunk-U2NM65DO.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
(0, import_chunk_ZHFJQ6OZ.registerAutomata)({ Automata: import_chunk_7MQZHR2N.Automata, ALL_PATHS: import_chunk_7MQZHR2N.ALL_PATHS });
