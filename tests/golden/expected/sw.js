var VERSION = "bb60e39f6dc27d38";
importScripts("static/offline.js");
