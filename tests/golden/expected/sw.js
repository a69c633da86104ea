var VERSION = "db85047fc1d97aa0";
importScripts("static/offline.js");
