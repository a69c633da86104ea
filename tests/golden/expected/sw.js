var VERSION = "961d59db89c2ce3b";
importScripts("static/offline.js");
