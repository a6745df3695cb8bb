import "react";

// Element Timing (https://w3c.github.io/element-timing/): an image carrying this attribute gets a
// PerformanceElementTiming entry when it is first painted. React passes the attribute through; its
// DOM typings do not list it yet.
declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged interface repeats React's type parameter
  interface ImgHTMLAttributes<T> {
    elementtiming?: string;
  }
}
