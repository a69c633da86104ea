peerdirSearchData("places",
{
 "places": [
  [
   "FW1 1AA",
   null,
   null,
   [
    2
   ]
  ],
  [
   "Fenwick",
   null,
   null,
   [
    2
   ]
  ]
 ],
 "points": [
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0
 ]
},
"88d0e39353");
