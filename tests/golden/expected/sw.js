var VERSION = "d55e62a08dd15e4c";
importScripts("static/offline.js");
