var VERSION = "4386a147ce2264bc";
importScripts("static/offline.js");
