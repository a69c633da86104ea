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
    1917
   ],
   [
    1,
    2,
    1330
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
"efe6ed9d86");
