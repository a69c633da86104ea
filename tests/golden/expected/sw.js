var VERSION = "911c7ec56c2b641d";
importScripts("static/offline.js");
