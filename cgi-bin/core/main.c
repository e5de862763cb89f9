/* main.c: the main() of every FastCGI program: serves the `program` its routes.c defines. */
#include "core/app.h"

int main(int argc, char **argv)
{
  return app_main(&program, argc, argv);
}
