var import_chunk_VOVEVLS5 = require("./chunk-VOVEVLS5.js");
var import_chunk_ZHFJQ6OZ = require("./chunk-ZHFJQ6OZ.js");
var import_chunk_A6CLRSY2 = require("./chunk-A6CLRSY2.js");
var import_chunk_ND5RE3YD = require("./chunk-ND5RE3YD.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
(0, import_chunk_ZHFJQ6OZ.registerAutomata)({ Automata: import_chunk_VOVEVLS5.Automata, ALL_PATHS: import_chunk_VOVEVLS5.ALL_PATHS });
