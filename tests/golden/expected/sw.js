var VERSION = "b6ab8b9d09f96aef";
importScripts("static/offline.js");
