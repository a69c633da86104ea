var VERSION = "6fdc57135108c3e3";
importScripts("static/offline.js");
