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
    2286
   ],
   [
    2,
    0,
    1801,
    1,
    1339
   ]
  ]
 },
 "version": "2.3.9"
},
"ff55708cef");
