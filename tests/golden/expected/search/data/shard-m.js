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
    2328
   ],
   [
    2,
    0,
    1789,
    1,
    1330
   ]
  ]
 },
 "version": "2.3.9"
},
"8c228154b2");
