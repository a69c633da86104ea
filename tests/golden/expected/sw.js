var VERSION = "37ce3339502755fc";
importScripts("static/offline.js");
