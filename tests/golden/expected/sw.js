var VERSION = "40c0b9f7aa1da6d4";
importScripts("static/offline.js");
