var VERSION = "25329869304cf27f";
importScripts("static/offline.js");
