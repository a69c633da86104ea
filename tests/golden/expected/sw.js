var VERSION = "5389e9aa0d54d66d";
importScripts("static/offline.js");
