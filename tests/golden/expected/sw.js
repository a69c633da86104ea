var VERSION = "0b8110f2e6a3cad8";
importScripts("static/offline.js");
