var VERSION = "506c3d9bb1e73fc8";
importScripts("static/offline.js");
