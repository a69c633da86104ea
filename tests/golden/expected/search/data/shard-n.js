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
  "network"
 ],
 "vectors": {
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
"77c08e9822");
