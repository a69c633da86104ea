var VERSION = "dac11a116a4d7dee";
importScripts("static/offline.js");
