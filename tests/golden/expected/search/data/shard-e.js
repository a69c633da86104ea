peerdirSearchData("shard-e",
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
  "english",
  "even"
 ],
 "vectors": {
  "k": [
   [
    1,
    1,
    1519
   ],
   [
    1,
    1,
    1035
   ]
  ],
  "l": [
   [
    0,
    0,
    1405
   ],
   [
    1,
    0,
    1405
   ],
   [
    1,
    0,
    678
   ],
   [
    1,
    0,
    1405
   ]
  ],
  "s": [
   [
    1,
    1,
    3117
   ]
  ]
 },
 "version": "2.3.9"
},
"8644a6a3b8");
