// The throttling plugin runs on Bottleneck's light build (no Redis clustering); it ships without its own
// typings, so borrow the full package's. Used to give each client its own write-pacing limiters (client.ts).
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
