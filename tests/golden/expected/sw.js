var VERSION = "3d7630a19456270a";
importScripts("static/offline.js");
