peerdirSearchData("shard-m",
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
  "meet",
  "messag",
  "mon",
  "month"
 ],
 "vectors": {
  "d": [
   [
    1,
    2,
    1352
   ],
   [
    1,
    3,
    792
   ]
  ],
  "k": [
   [
    0,
    1,
    2242
   ],
   [
    2,
    0,
    1813,
    1,
    1348
   ]
  ]
 },
 "version": "2.3.9"
},
"8553d82e3c");
