var VERSION = "02a3d8ffe99d700b";
importScripts("static/offline.js");
