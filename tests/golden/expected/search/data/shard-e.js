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
    1503
   ],
   [
    1,
    1,
    1055
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
"d55b9cc641");
