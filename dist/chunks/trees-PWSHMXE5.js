import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-YW2IXIIF.js";
import "./chunk-4O7U7G4Y.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-VHMJ7I3X.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";
