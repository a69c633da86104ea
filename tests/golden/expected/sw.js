var VERSION = "0b24595ec9429ed4";
importScripts("static/offline.js");
