var VERSION = "816745bae03eda13";
importScripts("static/offline.js");
