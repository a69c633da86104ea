var VERSION = "cbbdcccf9e22a183";
importScripts("static/offline.js");
