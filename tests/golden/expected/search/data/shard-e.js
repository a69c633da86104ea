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
    5423
   ]
  ]
 },
 "version": "2.3.9"
},
"284b623506");
