var VERSION = "8c3a3aebbf74e513";
importScripts("static/offline.js");
