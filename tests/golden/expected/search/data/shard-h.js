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
  "hotlin",
  "hour",
  "hous",
  "house"
 ],
 "vectors": {
  "d": [
   [
    2,
    3,
    792
   ]
  ],
  "k": [
   [
    1,
    1,
    3985,
    1,
    2578
   ]
  ],
  "n": [
   [
    3,
    4,
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
    4,
    1010
   ]
  ],
  "w": [
   [
    3,
    5,
    1882
   ]
  ]
 },
 "version": "2.3.9"
},
"5fb17e227c");
