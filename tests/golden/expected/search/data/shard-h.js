peerdirSearchData("shard-h",
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
  "hall",
  "helplin",
  "hour",
  "hous",
  "house"
 ],
 "vectors": {
  "d": [
   [
    2,
    2,
    792
   ]
  ],
  "k": [
   [
    1,
    1,
    4614
   ]
  ],
  "n": [
   [
    3,
    3,
    13818
   ]
  ],
  "r": [
   [
    2,
    0,
    619
   ],
   [
    1,
    3,
    1010
   ]
  ],
  "w": [
   [
    3,
    4,
    1882
   ]
  ]
 },
 "version": "2.3.9"
},
"5be9c06c30");
