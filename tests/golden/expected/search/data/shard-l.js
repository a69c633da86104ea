peerdirSearchData("shard-l",
{
 "fields": [
  "n",
  "t",
  "a",
  "o",
  "s",
  "k",
  "l",
  "r",
  "d",
  "w"
 ],
 "terms": [
  "line",
  "live"
 ],
 "vectors": {
  "k": [
   [
    1,
    0,
    2578
   ]
  ],
  "s": [
   [
    2,
    1,
    4142
   ]
  ]
 },
 "version": "2.3.9"
},
"cef1268efd");
