peerdirSearchData("shard-b",
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
  "b",
  "back",
  "bed",
  "begin",
  "biscuit",
  "board",
  "bold"
 ],
 "vectors": {
  "d": [
   [
    2,
    4,
    792
   ],
   [
    3,
    0,
    1858,
    6,
    1858
   ],
   [
    4,
    1,
    1858
   ]
  ],
  "k": [
   [
    0,
    5,
    3131
   ]
  ],
  "s": [
   [
    3,
    2,
    4696
   ],
   [
    1,
    3,
    7851
   ]
  ]
 },
 "version": "2.3.9"
},
"8954af2d11");
