peerdirSearchData("shard-n",
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
  "nationwid",
  "network",
  "night"
 ],
 "vectors": {
  "k": [
   [
    1,
    2,
    1965
   ],
   [
    1,
    2,
    1339
   ]
  ],
  "o": [
   [
    2,
    1,
    2128
   ]
  ],
  "r": [
   [
    1,
    0,
    2256
   ]
  ]
 },
 "version": "2.3.9"
},
"06ce0a63b5");
