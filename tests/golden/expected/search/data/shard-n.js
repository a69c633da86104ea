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
    2019
   ],
   [
    1,
    2,
    1348
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
"9e48d19e7a");
